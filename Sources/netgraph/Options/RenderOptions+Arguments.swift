import ArgumentParser
import NetGraph

extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}
extension EntityKind: ExpressibleByArgument {}
extension RelationKind: ExpressibleByArgument {}
