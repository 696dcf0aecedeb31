### gui
