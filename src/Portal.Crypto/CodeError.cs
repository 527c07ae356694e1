namespace Portal.Crypto;

/// <summary>Why a typed receipt or recovery code was rejected, for a clear message in the UI.</summary>
public enum CodeError
{
    /// <summary>Accepted.</summary>
    None = 0,

    /// <summary>Too few or too many characters (after removing spaces and hyphens), or nothing typed.</summary>
    WrongLength,

    /// <summary>A character outside the code alphabet (for example a letter with a diacritic or U).</summary>
    InvalidCharacter,

    /// <summary>Right length and characters, but the check characters do not match: a typo.</summary>
    ChecksumMismatch,
}
