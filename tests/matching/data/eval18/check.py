#!/usr/bin/env python3
"""Consistency check for eval18-marketplace.json and eval18-marketplace.truth.json: the shared
check (../check_set.py) run on this folder. Usage: python3 check.py [--suspects]"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv[1:1] = [HERE]
runpy.run_path(os.path.join(HERE, "..", "check_set.py"), run_name="__main__")
