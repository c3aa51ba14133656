"""The monthly complaint analysis and summary form the service manual promises management each month.

    analysis = build_monthly(records_frame, profile, enterprise_name, month, today, lang)   # pure (build.py)
    xlsx = render_monthly_xlsx(analysis)                                                     # xlsx.py
    pdf = render_monthly_pdf(analysis)                                                       # pdf.py (WeasyPrint)

Importing this package imports neither openpyxl nor WeasyPrint.
"""
