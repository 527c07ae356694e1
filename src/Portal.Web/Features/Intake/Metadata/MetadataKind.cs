namespace Portal.Web.Features.Intake.Metadata;

/// <summary>What a removed piece of metadata could have revealed, grouped so the interface can explain it in
/// plain words ("the location where the photo was taken", "the author's name").</summary>
public enum MetadataKind
{
    /// <summary>GPS position (EXIF GPS block, XMP location).</summary>
    Gps,

    /// <summary>Camera or phone make and model, lens model.</summary>
    CameraMakeModel,

    /// <summary>Serial numbers of camera bodies or lenses, camera owner names stored by the camera.</summary>
    SerialNumber,

    /// <summary>Exposure, lens and vendor-specific camera data (EXIF maker notes can hold serial numbers).</summary>
    CameraSettings,

    /// <summary>Names of authors, last editors, artists, copyright holders, companies and managers.</summary>
    Author,

    /// <summary>Software, application versions or computers that created or edited the file.</summary>
    Software,

    /// <summary>Creation, modification, printing and capture dates.</summary>
    Timestamps,

    /// <summary>Embedded preview pictures, which can show an earlier, uncropped or unredacted version.</summary>
    Thumbnail,

    /// <summary>Free-text comments and descriptions attached to the file (not the visible content).</summary>
    Comment,

    /// <summary>An XMP packet (Adobe's metadata format, which can hold any of the other kinds).</summary>
    XmpPacket,

    /// <summary>IPTC or Photoshop information blocks (captions, by-lines, places).</summary>
    Iptc,

    /// <summary>An embedded colour profile, which can name the scanner, camera or monitor it was made for.</summary>
    ColourProfile,

    /// <summary>Document title, subject, keywords, category and similar properties.</summary>
    DocumentProperties,

    /// <summary>User-defined document properties and document variables.</summary>
    CustomProperties,

    /// <summary>People's names embedded in the content structure: tracked-change and comment authors.</summary>
    EmbeddedNames,

    /// <summary>File-system paths, which often contain a user name (template path, original folder).</summary>
    FilePath,

    /// <summary>Unique identifiers that can link the file to a copy on the reporter's computer.</summary>
    DocumentIdentifier,

    /// <summary>Editing history: revision numbers, editing-session ids, total editing time, earlier saved versions.</summary>
    EditingHistory,

    /// <summary>Data after the end of the picture (motion-photo video, extra pictures, depth maps).</summary>
    TrailingData,

    /// <summary>Other application-specific data that has no place in a cleaned file.</summary>
    Other,
}
