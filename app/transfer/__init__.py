"""Import, export and packages (``service`` is what the dialog and the command line call), and the file formats."""
