"""The faultline workload as a WSGI app, for bench/storm.sh's gunicorn side.

GET /work?input=<long>&cost=<int> answers {"input","cost","digest","pid"} with the same digest as
dev.faultline.worker.Workload (SplitMix64, 10,000 rounds per cost unit, plus one), so the bundled
load client verifies gunicorn's answers exactly as it verifies faultline's.
"""
import json
import os
from urllib.parse import parse_qs

MASK = (1 << 64) - 1
GOLDEN_GAMMA = 0x9E3779B97F4A7C15
ROUNDS_PER_COST = 10_000


def _mix(z):
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def digest(value, cost):
    x = value & MASK
    for _ in range(ROUNDS_PER_COST * cost + 1):
        x = _mix((x + GOLDEN_GAMMA) & MASK)
    return x


def _answer(start_response, status, body):
    data = json.dumps(body, separators=(",", ":")).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(data)))])
    return [data]


def app(environ, start_response):
    if environ.get("PATH_INFO") == "/health":
        return _answer(start_response, "200 OK", {"status": "up", "pid": os.getpid()})
    if environ.get("PATH_INFO") != "/work":
        return _answer(start_response, "404 Not Found", {"error": "not_found", "message": "try /work"})
    query = parse_qs(environ.get("QUERY_STRING", ""))
    try:
        value = int(query["input"][0])
        cost = int(query["cost"][0])
    except (KeyError, ValueError):
        return _answer(start_response, "400 Bad Request",
                       {"error": "bad_parameter", "message": "input and cost must be whole numbers"})
    # Java's digest is a signed long printed as unsigned hex: the same 64 bits here
    return _answer(start_response, "200 OK", {"input": value, "cost": cost,
                                              "digest": format(digest(value, cost), "x"),
                                              "pid": os.getpid()})
