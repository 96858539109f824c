import Foundation

/// Recognising OCI image layouts (`oci-layout` + `index.json` + `blobs/`) on disk.
public enum LayoutDetection {
    /// The layout folder when `path` is the `index.json` of a layout, else nil.
    public static func layoutRoot(ofIndex path: String) -> String? {
        // Byte comparison first: this runs for every document linted.
        guard path.utf8.elementsEqual("index.json".utf8) || path.hasSuffix("/index.json") else { return nil }
        let folder = (path as NSString).deletingLastPathComponent
        let root = folder.isEmpty ? "." : folder
        return isLayout(root) ? root : nil
    }

    /// True for a folder holding an `oci-layout` file and an `index.json`.
    public static func isLayout(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: folder + "/oci-layout") && FileManager.default.fileExists(atPath: folder + "/index.json")
    }
}
