"""The command line: a front end over app/, beside the window (ui/). ``cli.main`` parses and dispatches."""
