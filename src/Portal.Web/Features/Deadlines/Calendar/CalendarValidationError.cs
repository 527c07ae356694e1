namespace Portal.Web.Features.Deadlines.Calendar;

/// <summary>One problem found in calendar rules or overrides, for an administrator to fix.</summary>
/// <param name="Code">Stable machine-readable code, e.g. "override.contradiction".</param>
/// <param name="Message">Plain-language explanation naming the date or rule concerned.</param>
/// <param name="Date">The date concerned, when there is one.</param>
public sealed record CalendarValidationError(string Code, string Message, DateOnly? Date = null);
