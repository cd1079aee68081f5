"""python -m dsnews: the command line."""

from dsnews.cli import main

main()
