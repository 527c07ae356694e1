using Hangfire.Logging;

namespace Portal.Web.IntegrationTests.Infrastructure;

/// <summary>
/// Hangfire's log provider is process-wide and points at the last host's logger factory; once that host is
/// disposed, a host still running (or started next) must not log into it. Call after disposing a host.
/// </summary>
public static class HangfireQuiet
{
    public static void AfterHostDisposed() => LogProvider.SetCurrentLogProvider(new Silent());

    private sealed class Silent : ILogProvider, ILog
    {
        public ILog GetLogger(string name) => this;

        public bool Log(LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
