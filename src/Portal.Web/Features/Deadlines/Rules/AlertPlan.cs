using System.Globalization;

namespace Portal.Web.Features.Deadlines.Rules;

/// <summary>Who an alert reaches; each level includes the ones below it (the chain escalates, it does not hand over).</summary>
public enum AlertLevel
{
    Handler = 0,
    Head = 1,
    Director = 2,
}

public enum AlertPointKind
{
    /// <summary>A share of the clock's time has elapsed.</summary>
    Percent = 0,
    Due = 1,
    /// <summary>From this many working days overdue, and on every working day after it.</summary>
    Overdue = 2,
}

public sealed record AlertPoint(AlertPointKind Kind, int Value, AlertLevel Level)
{
    /// <summary>The point's name in the outbox key: "50%", "due", "+3".</summary>
    public string Name => Kind switch
    {
        AlertPointKind.Percent => $"{Value}%",
        AlertPointKind.Due => "due",
        _ => $"+{Value}",
    };
}

/// <summary>
/// A rule's alert points and escalation as one short text an administrator can read and edit, for example
/// <c>50%:handler 80%:handler due:head +1:head +3:director</c>: at half and four fifths of the time the handlers
/// hear, on the due day the unit head too, from the first working day overdue every working day, and from the
/// third the Director as well. Text keeps the rule one row; <see cref="TryParse"/> is the validation.
/// </summary>
public sealed class AlertPlan
{
    public const string Default = "50%:handler 80%:handler due:head +1:head +3:director";
    private const int MaxPoints = 12;

    private AlertPlan(IReadOnlyList<AlertPoint> points) => Points = points;

    public IReadOnlyList<AlertPoint> Points { get; }

    /// <summary>The points counted from the clock's start (percentages and the due day), in order.</summary>
    public IEnumerable<AlertPoint> Scheduled => Points.Where(p => p.Kind != AlertPointKind.Overdue);

    public static AlertPlan Parse(string? text) =>
        TryParse(text, out var plan, out var error) ? plan : throw new FormatException($"Alert plan '{text}': {error}");

    /// <summary>Parses and validates: percentages 1-99 ascending, one due point, overdue points from +1 ascending, levels never falling.</summary>
    public static bool TryParse(string? text, out AlertPlan plan, out string? error)
    {
        plan = new AlertPlan([]);
        var points = new List<AlertPoint>();
        var tokens = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length is 0 or > MaxPoints)
        {
            error = $"between 1 and {MaxPoints} points are needed";
            return false;
        }

        foreach (var token in tokens)
        {
            if (ParsePoint(token) is not { } point)
            {
                error = $"'{token}' is not a point (50%:handler, due:head, +3:director)";
                return false;
            }

            if (points.Count > 0 && Order(point).CompareTo(Order(points[^1])) <= 0)
            {
                error = $"'{token}' is out of order (percentages ascending, then due, then overdue days ascending)";
                return false;
            }

            if (points.Count > 0 && point.Level < points[^1].Level)
            {
                error = $"'{token}' lowers the level; escalation only goes up";
                return false;
            }

            points.Add(point);
        }

        if (!points.Any(p => p.Kind == AlertPointKind.Due))
        {
            error = "the due day needs a point (due:...)";
            return false;
        }

        if (points.FirstOrDefault(p => p.Kind == AlertPointKind.Overdue) is { Value: not 1 })
        {
            error = "overdue points start at +1 (every working day overdue is alerted)";
            return false;
        }

        plan = new AlertPlan(points);
        error = null;
        return true;
    }

    /// <summary>The level of a scheduled point by name ("50%", "due"); the due day's level when the rule changed since.</summary>
    public AlertLevel LevelOf(string pointName) =>
        Points.FirstOrDefault(p => p.Kind != AlertPointKind.Overdue && p.Name == pointName)?.Level ?? LevelOfDue;

    /// <summary>The level for a clock this many working days overdue (the highest point reached).</summary>
    public AlertLevel LevelOverdue(int workingDays) =>
        Points.Where(p => p.Kind == AlertPointKind.Overdue && p.Value <= workingDays).Select(p => (AlertLevel?)p.Level).LastOrDefault() ?? LevelOfDue;

    /// <summary>Whether overdue clocks are alerted at all (a plan may stop at the due day).</summary>
    public bool AlertsOverdue => Points.Any(p => p.Kind == AlertPointKind.Overdue);

    private AlertLevel LevelOfDue => Points.First(p => p.Kind == AlertPointKind.Due).Level;

    public override string ToString() => string.Join(' ', Points.Select(p => $"{p.Name}:{p.Level.ToString().ToLowerInvariant()}"));

    private static (int, int) Order(AlertPoint p) => ((int)p.Kind, p.Kind == AlertPointKind.Due ? 0 : p.Value);

    private static AlertPoint? ParsePoint(string token)
    {
        var parts = token.Split(':');
        if (parts.Length != 2 || !Enum.TryParse<AlertLevel>(parts[1], ignoreCase: true, out var level) || !Enum.IsDefined(level) ||
            parts[1].Any(char.IsDigit))
        {
            return null;
        }

        var when = parts[0];
        if (when == "due")
        {
            return new AlertPoint(AlertPointKind.Due, 0, level);
        }

        if (when.EndsWith('%') && int.TryParse(when[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var percent) && percent is >= 1 and <= 99)
        {
            return new AlertPoint(AlertPointKind.Percent, percent, level);
        }

        if (when.StartsWith('+') && int.TryParse(when[1..], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= 60)
        {
            return new AlertPoint(AlertPointKind.Overdue, days, level);
        }

        return null;
    }
}
