import Foundation

/// Replaces a file all at once: the new content goes to a temporary file in the same folder
/// (`.NAME.PID.N.tmp`), which is then renamed over the file. A reader sees the old content or the
/// new, never part of either, and a write killed midway leaves the old file whole (a stale
/// temporary file is ignored and can be deleted).
package enum AtomicFile {
    /// Writes `data` to `file`, replacing it if it exists.
    ///
    /// - Throws: `WriteError.noFolder` when the folder does not exist (it is not created: a
    ///   mistyped path should fail, not make folders), `WriteError.unwritable` with the reason
    ///   otherwise (a file where the folder should be, permission denied, read-only file system,
    ///   a folder in the way).
    package static func write(_ data: Data, to file: URL) throws(WriteError) {
        let folder = file.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
            throw WriteError.noFolder(path: file.path, folder: folder.path)
        }
        guard isFolder.boolValue else { throw WriteError.unwritable(path: file.path, reason: "\(folder.path) is not a folder") }
        let temporary = folder.appending(path: ".\(file.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError.unwritable(path: file.path, reason: Article.reason(error))
        }
        guard rename(temporary.path, file.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw WriteError.unwritable(path: file.path, reason: reason)
        }
    }
}
