"""The core: session, pollers, dialer, supervisor actions. Qt signals at the edge, no widgets."""
