import Foundation

/// Runs the built `netgraph` with a deadline, optionally closing stdout after a few bytes.
/// Used by the robustness and determinism tests (the deadline turns a hang into a failure).
enum CLIRun {
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var timedOut: Bool
    var signaled: Bool
    var stderrLines: [Substring] { stderr.split(separator: "\n") }
  }

  /// Runs `netgraph arguments…`; kills it after `timeout` seconds. With `readLimit`, reads
  /// that many stdout bytes and then closes the pipe, as `| head -c N` does.
  static func run(
    _ arguments: [String], in directory: URL? = nil, input: Data? = nil, timeout: TimeInterval = 120,
    readLimit: Int? = nil, environment: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = NetgraphProcess.binary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe(), inPipe = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inPipe
    // The child may stop reading stdin (or exit) early: a write must fail, not kill the tests.
    signal(SIGPIPE, SIG_IGN)
    try process.run()

    final class Box: @unchecked Sendable { var data = Data() }
    let errBox = Box(), outBox = Box()
    let group = DispatchGroup()
    // Feed stdin concurrently so a child that writes before reading everything cannot deadlock.
    let writer = inPipe.fileHandleForWriting
    group.enter()
    DispatchQueue.global().async {
      if let input { try? writer.write(contentsOf: input) }
      try? writer.close()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      errBox.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    group.enter()
    DispatchQueue.global().async {
      if let readLimit {
        var data = Data()
        while data.count < readLimit, let chunk = try? out.fileHandleForReading.read(upToCount: readLimit - data.count), !chunk.isEmpty {
          data.append(chunk)
        }
        outBox.data = data
        try? out.fileHandleForReading.close()
      } else {
        outBox.data = out.fileHandleForReading.readDataToEndOfFile()
      }
      group.leave()
    }
    var timedOut = false
    if group.wait(timeout: .now() + timeout) == .timedOut {
      timedOut = true
      process.terminate()
      _ = group.wait(timeout: .now() + 5)
    }
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: outBox.data,
      stderr: String(decoding: errBox.data, as: UTF8.self), timedOut: timedOut,
      signaled: process.terminationReason == .uncaughtSignal)
  }

  /// A fresh scratch directory (removed by the caller).
  static func scratch() throws -> URL {
    try NetgraphProcess.temporaryDirectory()
  }

  /// The committed encoding fixtures of the library tests.
  static func corpusFixture(_ name: String) -> URL {
    NetgraphProcess.packageRoot.appendingPathComponent("Tests/NetGraphTests/Fixtures/corpus/\(name)")
  }

  /// The bundled seeds directory of the repository.
  static var seeds: URL { NetgraphProcess.packageRoot.appendingPathComponent("seeds") }
}
