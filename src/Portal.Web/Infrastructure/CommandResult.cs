namespace Portal.Web.Infrastructure;

/// <summary>
/// The outcome of a use case a person triggered: success, or messages they can act on. A concurrency
/// conflict is its own case so the page can keep what was typed and offer a reload.
/// </summary>
public sealed record CommandResult(bool Succeeded, IReadOnlyList<string> Errors, bool Conflict = false)
{
    public static readonly CommandResult Ok = new(true, []);

    public static CommandResult Fail(params string[] errors) => new(false, errors);

    public static CommandResult ConcurrencyConflict(string message) => new(false, [message], Conflict: true);
}
