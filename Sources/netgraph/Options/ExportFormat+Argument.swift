import ArgumentParser
import NetGraph

extension ExportFormat: ExpressibleByArgument {}
