using Microsoft.Playwright;

namespace Portal.E2E;

[Collection(BrowserGroup.Name)]
public sealed class CheckFlowTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Officer_PlansAndConcludesCheck_HeadReportsProgress_OfficerCloses()
    {
        const string subject = "Thực hiện quy định về công khai, minh bạch trong mua sắm trang thiết bị y tế";
        const string recommendation = "Công khai kế hoạch mua sắm trang thiết bị năm sau trên trang thông tin của bệnh viện.";
        const string progress = "Đã đăng kế hoạch mua sắm lên trang thông tin của bệnh viện ngày hôm nay.";
        await using var context = await fixture.NewContextAsync();
        var officer = await context.NewPageAsync();
        await SignInTests.SignInAsync(officer, "handler", "DEMOHANDLERKEY23");

        // The demo plan: checks at every stage, one with an overdue recommendation.
        await WhistleblowerFlowTests.GotoInteractiveAsync(officer, "/checks");
        await officer.WaitForSelectorAsync("#checks >> text=Thực hiện quy định về công khai, minh bạch trong mua sắm vật tư y tế tiêu hao");
        Assert.True(await officer.Locator("#checks .overdue-chip").CountAsync() > 0);
        await BrowserFixture.ScreenshotAsync(officer, "checks-plan");

        // Plan a check of the provincial hospital.
        await officer.ClickAsync("#add-check");
        await officer.ClickAsync("#check-unit");
        await officer.ClickAsync(".mud-popover-open >> text=Bệnh viện Đa khoa tỉnh");
        await officer.FillAsync("#check-subject", subject);
        await officer.ClickAsync("#save-check");
        var row = officer.Locator("#checks tr", new PageLocatorOptions { HasText = subject });
        await row.WaitForAsync();
        await row.Locator("a").First.ClickAsync();

        // Team, no-conflict statement, start, conclusion, one recommendation.
        await officer.WaitForSelectorAsync("#team");
        await officer.ClickAsync("#team-staff");
        await officer.ClickAsync(".mud-popover-open >> text=Đặng Thu Hà");
        await officer.ClickAsync("#add-member");
        await officer.WaitForSelectorAsync("#team >> text=Đặng Thu Hà (Trưởng đoàn)");
        await officer.ClickAsync(".confirm-member");
        await officer.WaitForSelectorAsync("#team >> text=Đã cam kết không xung đột lợi ích");
        await officer.ClickAsync("#start-check");
        await officer.WaitForSelectorAsync("#check-status >> text=Đang tiến hành");
        await officer.FillAsync("#conclusion-number", "15/KL-SYT");
        await officer.FillAsync("#conclusion-summary", "Bệnh viện chưa công khai kế hoạch mua sắm trang thiết bị theo quy định.");
        await officer.ClickAsync("#conclude");
        await officer.WaitForSelectorAsync("#conclusion-head >> text=Kết luận số 15/KL-SYT");
        await officer.ClickAsync("#rec-owner-unit");
        await officer.ClickAsync(".mud-popover-open >> text=Bệnh viện Đa khoa tỉnh");
        await officer.FillAsync("#rec-text", recommendation);
        await officer.ClickAsync("#add-recommendation");
        await officer.WaitForSelectorAsync($"#recommendations >> text={recommendation}");
        await officer.WaitForSelectorAsync("#check-status >> text=Đang theo dõi thực hiện kiến nghị");
        var label = (await officer.Locator("#recommendations tr", new PageLocatorOptions { HasText = recommendation }).Locator("td").First.InnerTextAsync()).Trim();
        Assert.Matches(@"^KT-\d{4}-\d\d/KN1$", label);
        var key = label.Replace('/', '-');
        var checkUrl = officer.Url;
        // A full-page shot of a scrolled page puts the fixed app bar in the middle.
        await officer.EvaluateAsync("window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAsync(officer, "check-detail");

        // The hospital's head reports progress from the heads' page.
        await using var headContext = await fixture.NewContextAsync();
        var head = await headContext.NewPageAsync();
        await SignInTests.SignInAsync(head, "head.bvdk", "DEMOHOSPITALKEY2");
        await WhistleblowerFlowTests.GotoInteractiveAsync(head, "/checks/recommendations");
        await head.WaitForSelectorAsync($"#recommendations >> text={recommendation}");
        await head.FillAsync($"#progress-{key}", progress);
        await head.ClickAsync($"#report-{key}");
        await head.WaitForSelectorAsync($"#rec-{key} .progress-line >> text={progress}");
        Assert.Contains("Lương Văn Khánh", await head.InnerTextAsync($"#rec-{key}"), StringComparison.Ordinal);
        await head.EvaluateAsync("window.scrollTo(0, 0)");
        await BrowserFixture.ScreenshotAsync(head, "check-recommendations-head");

        // The officer sees the report, confirms the recommendation done with evidence and closes the check.
        await WhistleblowerFlowTests.GotoInteractiveAsync(officer, new Uri(checkUrl).PathAndQuery);
        await officer.WaitForSelectorAsync($"#rec-{key} .progress-line >> text={progress}");
        await officer.FillAsync($"#evidence-{key}", "Ảnh chụp trang thông tin của bệnh viện, lưu hồ sơ kiểm tra");
        await officer.ClickAsync($"#close-{key}");
        await officer.WaitForSelectorAsync("#close-check");
        await officer.ClickAsync("#close-check");
        await officer.WaitForSelectorAsync("#check-status >> text=Đã kết thúc");
        Assert.Contains("Đã thực hiện xong", await officer.InnerTextAsync("#recommendations"), StringComparison.Ordinal);
    }
}
