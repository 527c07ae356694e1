using System.Net;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Web.Data;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Keys;
using Portal.Web.IntegrationTests.Features.Cases;
using Portal.Web.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Portal.Web.IntegrationTests;

/// <summary>
/// Two portal nodes on one PostgreSQL database and one shared data folder, as behind a load balancer with
/// sticky sessions (docs/operations.md, scale-out; ADR 0009). Each node has its own process state: key ring,
/// Hangfire server, caches.
/// </summary>
public sealed partial class TwoNodesTests(TwoNodesTests.Nodes nodes, ITestOutputHelper output) : IClassFixture<TwoNodesTests.Nodes>
{
    public sealed class Nodes : IAsyncLifetime
    {
        public PortalFactory A { get; } = Named(new PortalFactory(), "A");

        public PortalFactory B { get; private set; } = default!;

        public CaseWorld World { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            World = await CaseWorld.CreateAsync(A); // starts node A, which migrates
            B = Named(PortalFactory.SecondNodeOf(A), "B");
            _ = B.Services; // node B starts on the migrated database
        }

        public Task DisposeAsync()
        {
            B?.Dispose();
            A.Dispose();
            return Task.CompletedTask;
        }

        private static PortalFactory Named(PortalFactory factory, string name)
        {
            factory.Settings["Test:Node"] = name;
            return factory;
        }
    }

    [Fact]
    public async Task Report_SubmittedOnA_IsOpenedAndHandledOnB_AndTheReporterReadsTheOutcomeOnA()
    {
        var world = nodes.World;
        var report = await world.SubmitAsync("Thu tiền ngoài quy định tại khoa Khám bệnh", fileText: "biên bản");

        // The handler's key was unlocked on node A (world.HandlerA.Session): node B's key ring does not hold it.
        // That is why the load balancer keeps a session on its node (sticky sessions).
        var readerB = nodes.B.Services.GetRequiredService<CaseReader>();
        Assert.Equal(CaseAccess.KeyLocked, (await readerB.OpenAsync(world.HandlerA.Id, world.HandlerA.Session, report.Id)).Access);

        // Signed in on node B (the password unlocks the key there), the handler opens and works the case on B.
        var (outcome, sessionB) = await nodes.B.Services.GetRequiredService<KeyCustody>().UnlockAsync(world.HandlerA.Id, TestAccounts.Password);
        Assert.Equal(UnlockOutcome.Unlocked, outcome);
        var handlerOnB = new CaseActor(world.HandlerA.Id, sessionB!, false);
        await readerB.ConfirmNoConflictAsync(handlerOnB.UserId, sessionB, report.Id);
        var (access, caseFile) = await readerB.OpenAsync(handlerOnB.UserId, sessionB, report.Id);
        Assert.Equal(CaseAccess.Opened, access);
        Assert.Contains("khoa Khám bệnh", caseFile!.Report!.Content.WhatHappened, StringComparison.Ordinal);

        var workflowB = nodes.B.Services.GetRequiredService<CaseWorkflow>();
        var classified = await workflowB.RunAsync(handlerOnB, new CaseCommand
        {
            ReportId = report.Id, Version = (await world.ReportAsync(report.Id)).Version, Action = CaseAction.Classify,
            Track = ReportTrack.AnonymousInformation, Reason = "Phân loại trên nút B", LegalGround = "Luật Tố cáo 2018",
        });
        Assert.Equal(CaseOutcome.Done, classified.Outcome);

        // Node A sees the step at once: the database is the only shared state that matters.
        Assert.NotEqual(CaseStage.New, await world.StageAsync(report.Id));

        // The reporter comes back through node A and opens the mailbox with the receipt made on A, reading the
        // keys/receipt.key both nodes share through the data folder; and again through node B.
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            var client = node.CreateBrowserlessClient();
            var box = await client.PostToAsync("/follow-up", "/follow-up/open", new Dictionary<string, string> { ["receipt"] = report.Receipt });
            Assert.Contains("khoa Khám bệnh", WebUtility.HtmlDecode(await box.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StaffCookie_AndAntiforgeryToken_FromOneNode_AreAcceptedByTheOther()
    {
        var user = await nodes.A.CreateAsync(Roles.Staff);
        var cookies = new CookieContainer();
        using var a = nodes.A.CreateDefaultClient(new CookieContainerHandler(cookies));
        using var b = nodes.B.CreateDefaultClient(new CookieContainerHandler(cookies));

        // The sign-in form comes from node A, the post goes to node B: antiforgery keys are shared.
        var token = TokenPattern().Match(await a.GetStringAsync("/account/login"));
        Assert.True(token.Success);
        var signIn = await b.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.UserName"] = user.UserName!, ["Input.Password"] = TestAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/", signIn.RedirectPath());

        // The cookie node B issued signs the person in on node A: the Data Protection key ring is in the database.
        var home = await a.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        await using var db = await nodes.A.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        Assert.NotEmpty(await ((PostgresPortalDbContext)db).DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task BackgroundJobs_EnqueuedOnA_RunExactlyOnceAcrossBothNodes()
    {
        await using (var db = await nodes.World.DbAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS test_job_runs (id serial PRIMARY KEY, marker text NOT NULL, node text NOT NULL)");
        }

        var markers = Enumerable.Range(0, 20).Select(i => $"job-{i}-{Guid.NewGuid():N}").ToList();
        var jobs = nodes.A.Services.GetRequiredService<IBackgroundJobClient>();
        foreach (var marker in markers)
        {
            jobs.Enqueue<CountingJob>(j => j.RunAsync(marker));
        }

        var runs = await WaitForRunsAsync(markers.Count, TimeSpan.FromSeconds(60));
        // A second run would come within the invisibility timeout's poll; give a duplicate time to show.
        await Task.Delay(TimeSpan.FromSeconds(3));
        runs = await RunsAsync();

        output.WriteLine($"runs per node: {string.Join(", ", runs.GroupBy(r => r.Node).Select(g => $"{g.Key}={g.Count()}"))}");
        Assert.Equal(markers.Order(StringComparer.Ordinal), runs.Select(r => r.Marker).Order(StringComparer.Ordinal));
        // Both servers take from the one queue (each has 2 workers and polls the shared tables).
        var servers = JobStorage.Current.GetMonitoringApi().Servers();
        Assert.True(servers.Count >= 2, $"expected both nodes' Hangfire servers, found {servers.Count}");
    }

    [Fact]
    public async Task RecurringJob_RegisteredOnBothNodes_FiresOncePerOccurrence()
    {
        await using (var db = await nodes.World.DbAsync())
        {
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE IF NOT EXISTS test_job_runs (id serial PRIMARY KEY, marker text NOT NULL, node text NOT NULL, at timestamptz NOT NULL DEFAULT now())");
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE test_job_runs ADD COLUMN IF NOT EXISTS at timestamptz NOT NULL DEFAULT now()");
        }

        // Both nodes register it at start, as UsePortalRecurringJobs does for the portal's own jobs; every 10 seconds.
        var marker = $"recurring-{Guid.NewGuid():N}";
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            node.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<CountingJob>(
                marker, j => j.RunAsync(marker), "*/10 * * * * *", new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc });
        }

        await Task.Delay(TimeSpan.FromSeconds(32));
        foreach (var node in new[] { nodes.A, nodes.B })
        {
            node.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(marker);
        }

        await using var check = await nodes.World.DbAsync();
        var times = await check.Database.SqlQuery<DateTime>($"SELECT at AS \"Value\" FROM test_job_runs WHERE marker = {marker} ORDER BY at").ToListAsync();
        output.WriteLine($"recurring runs at: {string.Join(", ", times.Select(t => t.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture)))}");
        Assert.InRange(times.Count, 2, 4);
        // A second run of one occurrence would follow within a second; occurrences are ten seconds apart
        // (less the scheduler's polling lag).
        Assert.All(times.Zip(times.Skip(1)), pair => Assert.True(pair.Second - pair.First > TimeSpan.FromSeconds(4), $"runs {pair.First:O} and {pair.Second:O}"));
    }

    // The deadline-alert sweep (built on another branch) must raise each alert exactly once when both nodes
    // sweep: ADR 0002 puts that on a unique key per clock and level in the outbox. Its two-node test belongs
    // here: run the sweep on A and B at the same moment and count outbox rows.

    private async Task<List<(string Marker, string Node)>> WaitForRunsAsync(int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var runs = await RunsAsync();
            if (runs.Count >= expected || DateTime.UtcNow > deadline)
            {
                return runs;
            }

            await Task.Delay(250);
        }
    }

    private async Task<List<(string Marker, string Node)>> RunsAsync()
    {
        await using var db = await nodes.World.DbAsync();
        return (await db.Database.SqlQueryRaw<JobRun>("SELECT marker AS \"Marker\", node AS \"Node\" FROM test_job_runs").ToListAsync())
            .Select(r => (r.Marker, r.Node)).ToList();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    private sealed record JobRun(string Marker, string Node);
}

/// <summary>A Hangfire job that records each execution and the node that ran it.</summary>
public sealed class CountingJob(IDbContextFactory<PortalDbContext> contexts, IConfiguration configuration)
{
    public async Task RunAsync(string marker)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var node = configuration["Test:Node"] ?? "?";
        await db.Database.ExecuteSqlAsync($"INSERT INTO test_job_runs (marker, node) VALUES ({marker}, {node})");
    }
}
