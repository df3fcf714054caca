// netgraph-bench: times NetGraph's algorithms on a graph file, for bench/algorithms/run.sh.
//
//   netgraph-bench FILE [--threads N] [--repeat R] [--algorithms betweenness,pagerank,louvain,leiden]
//
// Prints one JSON object: load time (reading the file through the same path as
// `netgraph --graph`, then building the CSR graph), each algorithm's wall-clock seconds (the
// fastest of R runs, to damp interference on a shared machine) and result summary, and the
// peak resident memory. Not part of the `netgraph` CLI contract.
import Foundation
import NetGraph

#if canImport(Glibc)
  import Glibc
#endif

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func peakMemoryMB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024  // ru_maxrss is in KiB on Linux
}

var arguments = Array(CommandLine.arguments.dropFirst())
guard let path = arguments.first, !path.hasPrefix("-") else {
  FileHandle.standardError.write(
    Data("usage: netgraph-bench FILE [--threads N] [--algorithms a,b,...]\n".utf8))
  exit(2)
}
var threads = 1
var repeats = 1
var algorithms = ["betweenness", "pagerank", "louvain", "leiden"]
var index = 1
while index < arguments.count {
  switch arguments[index] {
  case "--threads":
    threads = Int(arguments[index + 1]) ?? 1
    index += 2
  case "--repeat":
    repeats = max(1, Int(arguments[index + 1]) ?? 1)
    index += 2
  case "--algorithms":
    algorithms = arguments[index + 1].split(separator: ",").map(String.init)
    index += 2
  default:
    FileHandle.standardError.write(Data("netgraph-bench: unknown option \(arguments[index])\n".utf8))
    exit(2)
  }
}

do {
  var graph: Graph!
  let load = try seconds {
    let network = try GraphFileReader.read(path: path, directed: false)
    graph = Graph(network: network, directed: false)
  }
  var fields: [(String, String)] = [
    ("file", JSONText.string((path as NSString).lastPathComponent)),
    ("nodes", String(graph.nodeCount)), ("edges", String(graph.edgeCount)),
    ("threads", String(threads)), ("load_seconds", JSONText.number(load)),
  ]
  for algorithm in algorithms {
    var summary = ""
    var best = Double.infinity
    for _ in 0..<repeats {
      let time: Double
      switch algorithm {
      case "betweenness":
        var values: [Double] = []
        time = seconds { values = graph.betweennessCentrality(threads: threads) }
        summary = JSONText.number(values.max() ?? 0)
      case "pagerank":
        var values: [Double] = []
        time = try seconds { values = try graph.pageRank() }
        summary = JSONText.number(values.max() ?? 0)
      case "louvain":
        var partition: Partition!
        time = try seconds { partition = try graph.louvainCommunities(seed: 1) }
        summary = JSONText.number(graph.modularity(of: partition))
      case "leiden":
        var partition: Partition!
        time = try seconds { partition = try graph.leidenCommunities(iterations: 2, seed: 1) }
        summary = JSONText.number(graph.modularity(of: partition))
      default:
        FileHandle.standardError.write(Data("netgraph-bench: unknown algorithm \(algorithm)\n".utf8))
        exit(2)
      }
      best = min(best, time)
    }
    let time = best
    fields.append((algorithm, JSONText.object([("seconds", JSONText.number(time)), ("result", summary)])))
  }
  fields.append(("peak_memory_mb", JSONText.number(peakMemoryMB().rounded())))
  print(JSONText.object(fields))
} catch {
  FileHandle.standardError.write(Data("netgraph-bench: \(error)\n".utf8))
  exit(1)
}
