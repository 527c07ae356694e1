using System.Globalization;

namespace Portal.Web.Features.Deadlines.Rules;

/// <summary>Which cases may have their time extended: any case, or only a complex or especially complex one (Decree 31/2019 Art 3).</summary>
public enum ExtensionGrade
{
    Any = 0,
    Complex = 1,
    EspeciallyComplex = 2,
}

/// <summary>Up to <see cref="Count"/> extensions of <see cref="Length"/> in <see cref="Unit"/> each, for cases of <see cref="Grade"/>.</summary>
public sealed record ExtensionLimit(ExtensionGrade Grade, int Count, int Length, DurationUnit Unit);

/// <summary>
/// A rule's extension limits as one short text: <c>complex:1x30d especially-complex:2x30d</c> (settling a
/// denunciation), <c>any:1x3wd</c> (acceptance: 7 working days, up to 10). "d" counts days, "wd" working days.
/// Empty means the time cannot be extended. The extension workflow reads <see cref="LimitFor"/>.
/// </summary>
public sealed class ExtensionPlan
{
    private static readonly Dictionary<string, ExtensionGrade> Grades = new(StringComparer.Ordinal)
    {
        ["any"] = ExtensionGrade.Any,
        ["complex"] = ExtensionGrade.Complex,
        ["especially-complex"] = ExtensionGrade.EspeciallyComplex,
    };

    private ExtensionPlan(IReadOnlyList<ExtensionLimit> limits) => Limits = limits;

    public static ExtensionPlan None { get; } = new([]);

    public IReadOnlyList<ExtensionLimit> Limits { get; }

    public static ExtensionPlan Parse(string? text) =>
        TryParse(text, out var plan, out var error) ? plan : throw new FormatException($"Extension plan '{text}': {error}");

    public static bool TryParse(string? text, out ExtensionPlan plan, out string? error)
    {
        plan = None;
        var limits = new List<ExtensionLimit>();
        foreach (var token in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ParseLimit(token) is not { } limit)
            {
                error = $"'{token}' is not a limit (complex:1x30d, any:1x3wd)";
                return false;
            }

            if (limits.Any(l => l.Grade == limit.Grade) || (limits.Count > 0 && (limit.Grade == ExtensionGrade.Any || limits.Any(l => l.Grade == ExtensionGrade.Any))))
            {
                error = $"'{token}' repeats a grade, or mixes 'any' with graded limits";
                return false;
            }

            limits.Add(limit);
        }

        if (limits.FirstOrDefault(l => l.Grade == ExtensionGrade.Complex) is { } complex &&
            limits.FirstOrDefault(l => l.Grade == ExtensionGrade.EspeciallyComplex) is { } especially &&
            especially.Count * especially.Length < complex.Count * complex.Length)
        {
            error = "an especially complex case cannot get less time than a complex one";
            return false;
        }

        plan = limits.Count == 0 ? None : new ExtensionPlan(limits);
        error = null;
        return true;
    }

    /// <summary>The limit for a case of this grade; an especially complex case also qualifies as complex, and every case as "any".</summary>
    public ExtensionLimit? LimitFor(ExtensionGrade grade) =>
        Limits.Where(l => l.Grade <= grade).OrderByDescending(l => l.Grade).FirstOrDefault();

    public override string ToString() => string.Join(' ', Limits.Select(l =>
        $"{Grades.First(g => g.Value == l.Grade).Key}:{l.Count}x{l.Length}{(l.Unit == DurationUnit.WorkingDays ? "wd" : "d")}"));

    private static ExtensionLimit? ParseLimit(string token)
    {
        var parts = token.Split(':');
        if (parts.Length != 2 || !Grades.TryGetValue(parts[0], out var grade))
        {
            return null;
        }

        var amount = parts[1].Split('x');
        var unit = amount.Length == 2 && amount[1].EndsWith("wd", StringComparison.Ordinal) ? DurationUnit.WorkingDays
            : amount.Length == 2 && amount[1].EndsWith('d') ? DurationUnit.Days : (DurationUnit?)null;
        if (unit is null)
        {
            return null;
        }

        var length = amount[1][..^(unit == DurationUnit.WorkingDays ? 2 : 1)];
        return int.TryParse(amount[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is >= 1 and <= 5 &&
            int.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 90
            ? new ExtensionLimit(grade, count, days, unit.Value)
            : null;
    }
}
