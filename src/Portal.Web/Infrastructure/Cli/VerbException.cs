namespace Portal.Web.Infrastructure.Cli;

/// <summary>
/// A verb refuses or fails for a reason the operator can act on (a file exists, an archive is damaged).
/// <see cref="Verbs.RunVerbAsync"/> prints the message as one line on stderr and exits 1, never a stack trace.
/// </summary>
public sealed class VerbException : Exception
{
    public VerbException(string message) : base(message) { }

    public VerbException(string message, Exception inner) : base(message, inner) { }

    public VerbException() { }
}
