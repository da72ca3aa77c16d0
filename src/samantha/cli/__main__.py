from samantha.cli.main import run

run()
