"""Places stage: an offline GeoNames gazetteer and the toponym resolver."""

from .gazetteer import Gazetteer
from .resolve import PlaceResolver

__all__ = ["Gazetteer", "PlaceResolver"]
