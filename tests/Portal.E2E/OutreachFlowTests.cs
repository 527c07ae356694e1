using Microsoft.Playwright;

namespace Portal.E2E;

/// <summary>The office records a session of the hospital's training and who came; a nurse who came takes the quiz and passes.</summary>
[Collection(BrowserGroup.Name)]
public sealed class OutreachFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Secretary_RecordsSessionAndAttendance_ThenStaffPassesQuiz()
    {
        var year = DateTime.UtcNow.AddHours(7).Year;
        await using (var context = await fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await SignInTests.SignInAsync(page, "office-chief", null);
            await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/outreach");
            await page.WaitForSelectorAsync($"#trainings tr[data-training='TH-{year}-01']");
            await BrowserFixture.ScreenshotAsync(page, "outreach-register");

            await page.ClickAsync($"#trainings tr[data-training='TH-{year}-03'] a");
            await page.WaitForSelectorAsync("#training-heading >> text=Quy tắc ứng xử");
            await page.FillAsync("#session-place", "Hội trường tầng 2, Bệnh viện Đa khoa tỉnh");
            await page.ClickAsync("#add-session");
            await page.WaitForSelectorAsync("#sessions >> text=Hội trường tầng 2");

            await page.ClickAsync("#sessions .take-attendance");
            await page.CheckAsync("#attendance-sheet label:has-text('Nông Thị Xuân') input");
            await page.CheckAsync("#attendance-sheet label:has-text('Lò Văn Sáng') input");
            await page.ClickAsync("#save-attendance");
            await page.WaitForSelectorAsync("#sessions td.count >> text=2");
            var row = page.Locator("#participants tr:has-text('Nông Thị Xuân') td.attended");
            Assert.Matches(@"\d{2}/\d{2}/\d{4}", await row.InnerTextAsync());
            await BrowserFixture.ScreenshotAsync(page, "outreach-training");

            await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/outreach/channel");
            await page.WaitForSelectorAsync("#publications >> text=Bảng tin sảnh khoa Khám bệnh");
            await BrowserFixture.ScreenshotAsync(page, "outreach-channel");
            var poster = await context.NewPageAsync();
            await poster.GotoAsync("/outreach/poster");
            Assert.EndsWith("/report", (await poster.InnerTextAsync("#poster-address")).Trim(), StringComparison.Ordinal);
        }

        await using (var context = await fixture.NewContextAsync())
        {
            var page = await context.NewPageAsync();
            await SignInTests.SignInAsync(page, "staff", null);
            await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/outreach");
            var mine = page.Locator($"#my-trainings tr[data-training='TH-{year}-03']");
            Assert.Matches(@"\d{2}/\d{2}/\d{4}", await mine.Locator("td.attended").InnerTextAsync());

            await mine.Locator("td.quiz a").ClickAsync();
            await page.WaitForSelectorAsync("fieldset[data-question='2']");
            await page.CheckAsync("fieldset[data-question='1'] input[value='0']");
            await page.CheckAsync("fieldset[data-question='2'] input[value='1']");
            await page.ClickAsync("#submit-quiz");
            await page.WaitForSelectorAsync("#quiz-result >> text=đã đạt yêu cầu");
            await BrowserFixture.ScreenshotAsync(page, "outreach-quiz");

            await WhistleblowerFlowTests.GotoInteractiveAsync(page, "/outreach");
            await page.WaitForSelectorAsync($"#my-trainings tr[data-training='TH-{year}-03'] td.quiz >> text=Đạt (100%)");
        }
    }
}
