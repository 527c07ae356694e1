using Portal.Web.Features.Intake;

namespace Portal.Web.Tests.Features.Intake;

public sealed class FileNamesTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\nguyen\\Desktop\\bien-ban.pdf", "bien-ban.pdf")]
    [InlineData("anh\u202Egpj.exe", "anhgpj.exe")]
    [InlineData("bi\u0065\u0301n-lai.jpg", "bi\u00e9n-lai.jpg")]
    [InlineData("line\nbreak.txt", "linebreak.txt")]
    [InlineData("...", "file")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    public void Clean_MakesNameHarmless_WhenBrowserSendsTricks(string? raw, string expected) =>
        Assert.Equal(expected, FileNames.Clean(raw));

    [Fact]
    public void Clean_KeepsExtension_WhenNameTooLong()
    {
        var cleaned = FileNames.Clean(new string('a', 5000) + ".pdf");

        Assert.True(cleaned.Length <= FileNames.MaxLength);
        Assert.EndsWith(".pdf", cleaned, StringComparison.Ordinal);
    }
}

public sealed class DraftCodecTests
{
    [Fact]
    public void Decode_RoundTripsEverything_WhenEncoded()
    {
        var draft = new ReportDraft
        {
            Channel = ReportChannel.GiftBribeAbuse,
            Content = new ReportContent { WhatHappened = "Phong bì \"dày\" <b>", Persons = [new PersonConcerned("Trần Văn B", "Trưởng khoa", null)] },
            Identity = new ReporterIdentity { FullName = "Lê Thị C" },
            ProtectionRequested = true,
        };

        var back = DraftCodec.Decode(DraftCodec.Encode(draft));

        Assert.NotNull(back);
        Assert.Equal(draft.Content.WhatHappened, back.Content.WhatHappened);
        Assert.Equal("Trần Văn B", back.Content.Persons.Single().Name);
        Assert.Equal(ReportTrack.IdentifiedDenunciation, back.Track);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("{not json")]
    public void Decode_ReturnsNull_WhenTampered(string? text) => Assert.Null(DraftCodec.Decode(text));

    [Fact]
    public void Decode_ReturnsNull_WhenOversized() => Assert.Null(DraftCodec.Decode(new string(' ', DraftCodec.MaxLength + 1)));

    [Fact]
    public void Normalised_AlwaysHasFormRows_WhenBinderLeftNullOrGrewList()
    {
        Assert.Equal(QuestionnaireInput.PersonRows, new QuestionnaireInput { Persons = null! }.Normalised().Persons.Count);
        Assert.Equal(QuestionnaireInput.PersonRows, new QuestionnaireInput { Persons = [.. Enumerable.Range(0, 500).Select(_ => new PersonInput())] }.Normalised().Persons.Count);
    }
}
