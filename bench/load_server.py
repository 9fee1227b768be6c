"""Load: `newsbrief serve` under 50 concurrent clients, on loopback only.

    python bench/load_server.py ../shared/data --clients 50 --seconds 30

Starts the server in a child process on 127.0.0.1, then for each workload (the five seed
articles; a cluster of 200 real articles from the development sets) runs --clients clients
that post the same request back to back for --seconds, and reports requests/s, p50/p99
latency, errors, and the server's resident memory (the server process and its workers):
at the start, at the end, and the mean of the first and the last 10 seconds, which shows
whether memory grows under load. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
from scale import all_documents

ROOT = Path(__file__).resolve().parent.parent


def seed_request() -> dict:
    documents = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted((ROOT / "examples/idlib").glob("*.txt"))]
    return {"id": "idlib", "documents": documents, "words": 100}


def large_request(data: Path, size: int) -> dict:
    documents = [{"id": f"d{n}", "title": d.title, "text": d.text} for n, d in enumerate(all_documents(data)[:size])]
    return {"id": f"real-{size}", "documents": documents, "words": 100}


def resident_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (the worker processes)."""
    total, pending = 0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(child) for child in (task / "children").read_text().split())
        except (FileNotFoundError, ProcessLookupError):
            continue
    return total / 1024


async def drive(url: str, request: dict, clients: int, seconds: float, server_pid: int) -> dict:
    body = json.dumps(request).encode()
    latencies: list[float] = []
    errors: list[str] = []
    memory: list[tuple[float, float]] = []
    start = time.monotonic()
    stop_at = start + seconds

    async def client(http: httpx.AsyncClient) -> None:
        while time.monotonic() < stop_at:
            sent = time.monotonic()
            try:
                response = await http.post(url, content=body, headers={"Content-Type": "application/json"})
                if response.status_code != 200:
                    errors.append(f"{response.status_code}: {response.text[:200]}")
                    continue
            except httpx.HTTPError as error:
                errors.append(f"{type(error).__name__}: {error}")
                continue
            latencies.append(time.monotonic() - sent)

    async def sample_memory() -> None:
        while time.monotonic() < stop_at:
            memory.append((time.monotonic() - start, resident_mb(server_pid)))
            await asyncio.sleep(0.5)

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=httpx.Timeout(600.0)) as http:
        await asyncio.gather(sample_memory(), *(client(http) for _ in range(clients)))
    elapsed = time.monotonic() - start
    ordered = sorted(latencies)
    first = [mb for t, mb in memory if t < 10]
    last = [mb for t, mb in memory if t >= seconds - 10]
    return {
        "requests": len(latencies),
        "per_second": len(latencies) / elapsed,
        "p50": ordered[len(ordered) // 2] if ordered else None,
        "p99": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] if ordered else None,
        "errors": len(errors),
        "first_error": errors[0] if errors else None,
        "memory_start": memory[0][1],
        "memory_end": resident_mb(server_pid),
        "memory_first_10s": statistics.mean(first),
        "memory_last_10s": statistics.mean(last),
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_up(base: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"the server exited with code {server.returncode}")
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    raise SystemExit("the server did not start within 60 s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("data", type=Path, help="../shared/data: where the 200-article cluster is drawn from")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=None, help="server worker processes (default: its own)")
    args = parser.parse_args()

    workloads = [("seed cluster (5 articles)", seed_request()),
                 (f"{args.articles} real articles", large_request(args.data, args.articles))]
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "newsbrief", "serve", "--host", "127.0.0.1", "--port", str(port)]
    if args.workers:
        command += ["--workers", str(args.workers)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(base, server)
        rows = []
        for name, request in workloads:
            httpx.post(f"{base}/v1/summarize", json=request, timeout=600).raise_for_status()  # workers warmed up
            result = asyncio.run(drive(f"{base}/v1/summarize", request, args.clients, args.seconds, server.pid))
            rows.append((name, result))
            print(json.dumps({"workload": name, **result}), file=sys.stderr)
    finally:
        server.terminate()
        server.wait(30)

    print("| workload | clients | requests | requests/s | p50 (s) | p99 (s) | errors | server MB start → end | "
          "mean MB first 10 s → last 10 s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {args.clients} | {r['requests']} | {r['per_second']:.1f} | {r['p50']:.3f} | {r['p99']:.3f} | "
              f"{r['errors']} | {r['memory_start']:.0f} → {r['memory_end']:.0f} | "
              f"{r['memory_first_10s']:.0f} → {r['memory_last_10s']:.0f} |")


if __name__ == "__main__":
    main()
