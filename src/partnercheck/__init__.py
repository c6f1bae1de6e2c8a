"""PartnerCheck: due diligence for partnerships with Chinese cities and provinces."""

__version__ = "0.1.0"
