namespace Portal.Web.Features.Intake.Metadata.Ooxml;

/// <summary>Replaces people's names in one document by "Author 1", "Author 2"... in order of first
/// appearance, the same name always getting the same pseudonym across all parts.</summary>
/// <remarks>Names are replaced rather than removed because several of these attributes are required by
/// the schemas (Word refuses a tracked change without an author). Numbering keeps who-wrote-what
/// readable for investigators without saying who anyone is; the original is kept encrypted as evidence.</remarks>
internal sealed class AuthorPseudonyms
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public IEnumerable<string> KnownNames => _numbers.Keys;

    public string NameFor(string original) => IsAnonymous(original) ? original : $"Author {NumberFor(original)}";

    /// <summary>Initials for the person named <paramref name="name"/>: "A1" for "Author 1".</summary>
    public string InitialsFor(string name) =>
        name.Length == 0 ? name : IsAnonymous(name) ? "A" + name[7..] : $"A{NumberFor(name)}";

    /// <summary>Empty values and pseudonyms from an earlier clean have nothing left to hide.</summary>
    public static bool IsAnonymous(string value) =>
        value.Length == 0 || (value.StartsWith("Author ", StringComparison.Ordinal) && value.Length > 7 && value[7..].All(char.IsAsciiDigit));

    /// <summary>Replaces every known name inside free text, longest first, so "Nguyễn Văn A" is replaced
    /// before a shorter name it contains.</summary>
    public string ReplaceKnownNames(string text)
    {
        foreach (var name in _numbers.Keys.Where(n => n.Length >= 2).OrderByDescending(n => n.Length))
            text = text.Replace(name, NameFor(name), StringComparison.Ordinal);
        return text;
    }

    private int NumberFor(string original)
    {
        var key = original.Trim();
        if (!_numbers.TryGetValue(key, out var number))
        {
            number = _numbers.Count + 1;
            _numbers[key] = number;
        }

        return number;
    }
}
