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
        func failure() -> WriteError {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            return WriteError.unwritable(path: file.path, reason: reason)
        }
        // Flushed to disk before the rename, and the rename made durable after it, so a process
        // killed midway or a machine that loses power leaves the old file or the new, never a part.
        let fd = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure() }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        guard written, fsync(fd) == 0 else { let error = failure(); close(fd); throw error }
        guard close(fd) == 0, rename(temporary.path, file.path) == 0 else { throw failure() }
        let folderFD = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 { fsync(folderFD); close(folderFD) }
    }
}
