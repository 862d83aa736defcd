-- Prints wrk's figures as one JSON line (prefixed so bench/load.ts can find it among wrk's own report).
-- Times from wrk are in microseconds.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"durationUs":%d,"requests":%d,"bytes":%d,"latencyMeanUs":%f,"latencyP99Us":%d,' ..
      '"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"statusErrors":%d,"timeouts":%d}\n',
    summary.duration, summary.requests, summary.bytes, latency.mean, latency:percentile(99),
    e.connect, e.read, e.write, e.status, e.timeout))
end
