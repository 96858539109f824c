#!/usr/bin/env python3
"""Opens an HTML report in headless Chromium through chromedriver (Selenium) and prints, as JSON, what the page
shows: the browser's console messages of level SEVERE (errors: a script error, a blocked or failed load), the
summary's counts, every matrix row with its cells, every findings row, and the number of resources the page
loaded besides itself (none, for a self-contained page).

Usage: html_check.py REPORT.html"""
import json, pathlib, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

options = webdriver.ChromeOptions()
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
    options.add_argument(flag)
options.binary_location = "/usr/bin/chromium"
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get(pathlib.Path(sys.argv[1]).resolve().as_uri())
    data = lambda element, name: element.get_attribute("data-" + name)
    summary = driver.find_element(By.ID, "summary")
    result = {
        "title": driver.title,
        "severe": [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"],
        "resources": driver.execute_script("return performance.getEntriesByType('resource').length"),
        "summary": {name: int(data(summary, name)) for name in ("files", "errors", "warnings", "notes", "incomplete")},
        "matrix": [{"repository": data(row, "repository"), "tags": int(data(row, "tags")),
                    "cells": {data(cell, "platform"): int(data(cell, "count")) for cell in row.find_elements(By.CSS_SELECTOR, "td[data-platform]")}}
                   for row in driver.find_elements(By.CSS_SELECTOR, "#matrix tbody tr")],
        "required": [data(cell, "platform") for cell in driver.find_elements(By.CSS_SELECTOR, "#matrix th.required")],
        "missing": len(driver.find_elements(By.CSS_SELECTOR, "#matrix td.missing")),
        "findings": [{"repository": data(row, "repository"), **{name: int(data(row, name)) for name in ("errors", "warnings", "notes")}}
                     for row in driver.find_elements(By.CSS_SELECTOR, "#findings tbody tr")],
        "scripts": len(driver.find_elements(By.TAG_NAME, "script")),
    }
finally:
    driver.quit()
print(json.dumps(result))
