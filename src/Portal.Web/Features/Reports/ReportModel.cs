using Microsoft.Extensions.Localization;

namespace Portal.Web.Features.Reports;

/// <summary>A text shown in the report: a resource key (with arguments), or a name kept in both languages (a unit's).</summary>
public sealed record ReportLabel(string? Key, string? Vi = null, string? En = null, object[]? Args = null)
{
    public static ReportLabel Of(string key, params object[] args) => new(key, Args: args);

    public static ReportLabel Name(string vi, string? en) => new(null, vi, en);

    public string Text(IStringLocalizer localizer) =>
        Key is not null ? localizer[Key, Args ?? []] : UiLanguage.Pick(Vi ?? "", En);
}

public enum CellKind
{
    Count,
    /// <summary>A share in whole percent; <see cref="ReportCell.Numerator"/> over <see cref="ReportCell.Denominator"/>.</summary>
    Rate,
    /// <summary>A figure that describes no one (a score, a ratio of points): never suppressed.</summary>
    Text,
}

/// <summary>One figure. <see cref="Suppressed"/> is set by <see cref="Disclosure"/>, never by a section.</summary>
public sealed record ReportCell(CellKind Kind, int Value = 0, int Numerator = 0, int Denominator = 0, string? Display = null, bool Suppressed = false)
{
    public static ReportCell Count(int value) => new(CellKind.Count, value);

    public static ReportCell Rate(int numerator, int denominator) => new(CellKind.Rate, Numerator: numerator, Denominator: denominator);

    public static ReportCell Of(string text) => new(CellKind.Text, Display: text);

    /// <summary>Whole percent, or null when there is nothing to divide by.</summary>
    public int? Percent => Kind == CellKind.Rate && Denominator > 0 ? (int)Math.Round(100.0 * Numerator / Denominator, MidpointRounding.AwayFromZero) : null;

    /// <summary>What the page, the print layout and the workbook show: the same text everywhere.</summary>
    public string Shown => Suppressed ? Disclosure.Hidden : Kind switch
    {
        CellKind.Count => Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CellKind.Rate => Percent is { } p ? $"{p}%" : "–",
        _ => Display ?? "",
    };
}

public sealed record ReportRow(ReportLabel Label, IReadOnlyList<ReportCell> Cells);

/// <summary>A column that is the sum of other columns in each row (e.g. "Total" = the four tracks).</summary>
public sealed record SumRule(int Total, IReadOnlyList<int> Parts);

/// <summary>A bar chart drawn from one column of the table (the rows are the bars).</summary>
public sealed record ReportChart(int Column, bool SkipLastRow = false);

/// <summary>
/// One table of a section. <see cref="DescribesPeople"/> marks counts of persons (declarants, attendees, gift
/// recipients), which <see cref="Disclosure"/> protects; counts of cases, tasks or loopholes are shown as they are.
/// </summary>
public sealed record ReportTable(
    string Key, ReportLabel Title, IReadOnlyList<ReportLabel> Columns, IReadOnlyList<ReportRow> Rows, bool DescribesPeople = false,
    IReadOnlyList<SumRule>? RowSums = null, bool LastRowIsTotal = false, ReportChart? Chart = null, ReportLabel? Note = null)
{
    public IReadOnlyList<SumRule> Sums => RowSums ?? [];
}

public sealed record ReportSectionResult(string Key, ReportLabel Title, IReadOnlyList<ReportTable> Tables);

/// <summary>The assembled report: what the page shows, the print layout prints and the workbook holds.</summary>
public sealed record PeriodicReport(ReportPeriod Period, DateOnly GeneratedOn, string Reference, string DepartmentCode, string DepartmentName, string? DepartmentNameEn, IReadOnlyList<ReportSectionResult> Sections)
{
    /// <summary>The units the figures cover: the whole Department unless a head's report.</summary>
    public ReportScope Scope { get; init; } = ReportScope.Department;

    /// <summary>"?unit=BVDK" for a unit's report, so the workbook and print links fetch the same scope.</summary>
    public string Query => Scope.UnitCode is null ? "" : $"?unit={Uri.EscapeDataString(Scope.UnitCode)}";
}
