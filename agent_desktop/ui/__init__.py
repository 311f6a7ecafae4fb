"""The desktop UI: tray, popup, windows, dialogs and table models. No HTTP here."""
