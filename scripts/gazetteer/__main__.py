from scripts.gazetteer.build import build

build()
