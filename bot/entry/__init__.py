"""The command line behind run_bot.py: what each command does (cli), the long-running bot (runner), the data
commands (data_cli). Only run_bot.py imports this package; nothing under bot/, handlers/ or storage/ does."""
