"""agent-desktop: a tray companion for call-center agents and supervisors on a cloud PBX."""

__version__ = "0.1.0"
