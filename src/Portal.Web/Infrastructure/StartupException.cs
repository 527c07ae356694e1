namespace Portal.Web.Infrastructure;

/// <summary>A problem an operator can fix (configuration, permissions, versions). Printed as one sentence, no stack trace.</summary>
public sealed class StartupException : Exception
{
    public StartupException(string message) : base(message) { }

    public StartupException(string message, Exception inner) : base(message, inner) { }

    public StartupException() { }
}
