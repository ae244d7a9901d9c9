"""The app's frame: start-up, the controller that moves between windows, the main window, preferences,
idle and OS lock."""
