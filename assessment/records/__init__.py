"""Service records (complaints, repairs, deliveries, installations, returns): reading a company's export,
checking every row, performance against the company's own time limits, sampling. Pure functions over pandas
data frames; the store keeps the rows, the command line and the app call these."""
