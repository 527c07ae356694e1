using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>
/// The personnel officer plans an appointment declaration and keeps a declarant out of this year's draw; the
/// administrator sees who must declare. Screenshots for docs/user-guide/declarations.md.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class IntegrityPlanningFlowTests(BrowserFixture fixture)
{
    private const string Appointee = "Vương Đình Khoa";
    private const string Retiring = "Lã Thị Thu";

    [Fact]
    public async Task PersonnelOfficer_PlansAnAppointmentAndRecordsAnExclusion_ShownOnTheirPages()
    {
        await using var context = await fixture.NewContextAsync();
        var officer = await context.NewPageAsync();
        await SignInTests.SignInAsync(officer, "personnel", "DEMOPERSONNELKY2");

        // An appointment planned 40 days ahead: the due date comes from the rule in force, at least its days before.
        await WhistleblowerFlowTests.GotoInteractiveAsync(officer, "/integrity/review");
        await officer.ClickAsync("#plan-staff");
        await officer.ClickAsync($".mud-popover-open >> text={Appointee}");
        await officer.SelectOptionAsync("#plan-kind", "Appointment");
        var appointed = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(40);
        await officer.FillAsync("#plan-date", appointed.ToString("yyyy-MM-dd"));
        await officer.ClickAsync("#plan-declaration-button");
        var due = await WaitAsync(officer, $"[data-due=\"{Appointee}\"]");
        var dueOn = DateOnly.ParseExact((await due.InnerTextAsync()).Trim(), "dd/MM/yyyy");
        Assert.InRange(dueOn, appointed.AddDays(-16), appointed.AddDays(-10));
        await BrowserFixture.ScreenshotAsync(officer, "declaration-planning");

        // Before the draw: a declarant retiring this year is left out; the list shows it, the record will count it.
        await WhistleblowerFlowTests.GotoInteractiveAsync(officer, "/integrity/draw");
        await officer.ClickAsync("#exclude-staff");
        await officer.ClickAsync($".mud-popover-open >> text={Retiring}");
        await officer.SelectOptionAsync("#exclude-ground", "retiring");
        await officer.FillAsync("#exclude-note", "Quyết định nghỉ hưu từ 01/10");
        await officer.ClickAsync("#exclude");
        await WaitAsync(officer, $"#draw-exclusions >> text={Retiring}");
        await WaitAsync(officer, "#draw-excluded >> text=Nghỉ hưu trong năm xác minh: 1");
        await BrowserFixture.ScreenshotAsync(officer, "draw-exclusions");

        // The administrator's view of who must declare.
        await using var adminContext = await fixture.NewContextAsync();
        var admin = await adminContext.NewPageAsync();
        await SignInTests.SignInAsync(admin, "admin", null);
        await WhistleblowerFlowTests.GotoInteractiveAsync(admin, "/admin/declarants");
        await WaitAsync(admin, $"#declarants >> text={Retiring}");
        await BrowserFixture.ScreenshotAsync(admin, "declarants-admin");
    }

    private static async Task<ILocator> WaitAsync(IPage page, string selector)
    {
        try
        {
            await page.WaitForSelectorAsync(selector, new PageWaitForSelectorOptions { Timeout = 30_000 });
            return page.Locator(selector).First;
        }
        catch (TimeoutException)
        {
            Assert.Fail($"'{selector}' not shown; the page says: {await page.InnerTextAsync("body")}");
            throw;
        }
    }
}
