using Portal.Web.Components;
using Portal.Web.Data;
using Portal.Web.Features.Accountability;
using Portal.Web.Features.Accounts;
using Portal.Web.Features.Assessment;
using Portal.Web.Features.Administration;
using Portal.Web.Features.Audit;
using Portal.Web.Features.Backup;
using Portal.Web.Features.Cases;
using Portal.Web.Features.Checks;
using Portal.Web.Features.Deadlines;
using Portal.Web.Features.Deadlines.Alerts;
using Portal.Web.Features.Demo;
using Portal.Web.Features.Intake;
using Portal.Web.Features.Integrity;
using Portal.Web.Features.Keys;
using Portal.Web.Features.Organisation;
using Portal.Web.Features.Outreach;
using Portal.Web.Features.Programme;
using Portal.Web.Features.Reports;
using Portal.Web.Infrastructure;
using Portal.Web.Infrastructure.Cli;

return await Verbs.GuardAsync(async () =>
{
    var builder = WebApplication.CreateBuilder(Verbs.ConfigurationArgs(args));

    builder.AddPortalInfrastructure(args);
    builder.Services.AddPortalData();
    builder.Services.AddPortalAudit();
    builder.Services.AddPortalAccounts(builder.Configuration);
    builder.Services.AddPortalKeys();
    builder.Services.AddPortalOrganisation();
    builder.Services.AddPortalIntake();
    builder.Services.AddPortalCases();
    builder.Services.AddPortalDeadlines();
    builder.Services.AddPortalAlerts();
    builder.Services.AddPortalIntegrity();
    builder.Services.AddPortalProgramme();
    builder.Services.AddPortalAccountability();
    builder.Services.AddPortalAssessment();
    builder.Services.AddPortalChecks();
    builder.Services.AddPortalOutreach();
    builder.Services.AddPortalReports();
    builder.Services.AddPortalJobs();
    builder.Services.AddPortalDemo();
    builder.Services.AddPortalBackup();
    builder.Services.AddPortalVerbs();

    var app = builder.Build();

    app.UsePortalInfrastructure();
    app.UsePortalAccounts();
    app.MapPortalInfrastructure();
    app.MapPortalAccounts();
    app.MapPortalIntake();
    app.MapPortalCases();
    app.MapPortalProgramme();
    app.MapPortalReports();
    app.MapPortalOutreach();
    app.MapPortalJobsDashboard();
    app.MapStaticAssets();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    return await app.RunPortalAsync(args);
});

/// <summary>Marker for WebApplicationFactory in the test projects.</summary>
public partial class Program;
