"""The service manual: built once from the service profile (`build.build_manual`), rendered to Word and PDF."""
