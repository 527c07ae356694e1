using System.Net.Mail;
using Microsoft.Extensions.Localization;

namespace Portal.Web.Features.Intake;

/// <summary>
/// One set of rules for the questionnaire, applied on every step and again at the final submit: the
/// browser is not trusted to have kept anything as it was.
/// </summary>
public sealed class DraftValidation(IStringLocalizer<SharedResource> l)
{
    public const int LongText = 20_000;
    public const int ShortText = 2_000;
    public const int NameLength = 200;
    public const int MaxPersons = 10;

    public IReadOnlyList<string> Validate(ReportDraft draft, IReadOnlySet<Guid> units)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(draft.Channel))
        {
            errors.Add(l["Intake.Error.Channel"]);
        }

        var content = draft.Content;
        if (string.IsNullOrWhiteSpace(content.WhatHappened))
        {
            errors.Add(l["Intake.Error.WhatRequired"]);
        }

        Length(errors, content.WhatHappened, LongText, "Intake.Field.What");
        Length(errors, content.When, ShortText, "Intake.Field.When");
        Length(errors, content.Where, ShortText, "Intake.Field.Where");
        Length(errors, content.Amount, ShortText, "Intake.Field.Amount");
        Length(errors, content.HowKnown, ShortText, "Intake.Field.HowKnown");
        Length(errors, content.ProtectionDetails, ShortText, "Intake.Field.Protection");
        if (content.ConcernedUnitId is { } unit && !units.Contains(unit))
        {
            errors.Add(l["Intake.Error.Unit"]);
        }

        if (content.Persons.Count > MaxPersons)
        {
            errors.Add(l["Intake.Error.TooManyPersons", MaxPersons]);
        }

        foreach (var person in content.Persons)
        {
            if (string.IsNullOrWhiteSpace(person.Name) && (!string.IsNullOrWhiteSpace(person.Position) || !string.IsNullOrWhiteSpace(person.Unit)))
            {
                errors.Add(l["Intake.Error.PersonName"]);
            }

            Length(errors, person.Name, NameLength, "Intake.Field.PersonName");
            Length(errors, person.Position, NameLength, "Intake.Field.PersonPosition");
            Length(errors, person.Unit, NameLength, "Intake.Field.PersonUnit");
        }

        if (draft.Identity is { } identity)
        {
            if (string.IsNullOrWhiteSpace(identity.FullName))
            {
                errors.Add(l["Intake.Error.IdentityName"]);
            }

            Length(errors, identity.FullName, NameLength, "Intake.Field.FullName");
            Length(errors, identity.Address, 500, "Intake.Field.Address");
            Length(errors, identity.Phone, 32, "Intake.Field.Phone");
            Length(errors, identity.IdNumber, 20, "Intake.Field.IdNumber");
            if (identity.Email is { Length: > 0 } email && (email.Length > 256 || !MailAddress.TryCreate(email, out _)))
            {
                errors.Add(l["Intake.Error.Email"]);
            }
        }

        return errors.Distinct().ToList();
    }

    private void Length(List<string> errors, string? value, int max, string fieldKey)
    {
        if (value is { } v && v.Length > max)
        {
            errors.Add(l["Intake.Error.TooLong", l[fieldKey], max]);
        }
    }
}
