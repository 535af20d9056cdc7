-- wrk script of the benchmark: replays a fixed mix of requests read from a file given after "--",
-- one request per line: METHOD <tab> PATH <tab> BODY (empty for GET). Each connection's thread
-- cycles through the mix in order, starting at a different place, so every run sends the same
-- mix. done() prints one machine-readable line for the benchmark driver (latencies in µs).
local threads = 0

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  reqs = {}
  for line in io.lines(args[1]) do
    local method, path, body = line:match("^(%u+)\t([^\t]*)\t(.*)$")
    local headers = {}
    if body ~= nil and body ~= "" then
      headers["Content-Type"] = "application/json"
    else
      body = nil
    end
    reqs[#reqs + 1] = wrk.format(method, path, headers, body)
  end
  counter = (tid or 0) * 5
end

function request()
  counter = counter + 1
  return reqs[(counter % #reqs) + 1]
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,'
      .. '"p50":%d,"p95":%d,"p99":%d,"mean":%.1f,"max":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.mean, latency.max))
end
