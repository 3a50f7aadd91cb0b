using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;

namespace SocialPrescribing.Referrals.Apis;

/// <summary>A person's details as the shared contracts send them, checked into the domain's profile with every mistake at once.</summary>
public static class PersonRequests
{
    private const string AssumedLanguage = "English";

    extension(PersonRequest request)
    {
        public PersonProfile ToProfile()
        {
            var errors = new FieldErrors();
            var name = errors.Capture(() => new PersonName(request.GivenName!, request.FamilyName!, request.PreferredName));
            errors.Check(request.DateOfBirth is not null, "dateOfBirth", "Date of birth is required.");
            var nhsNumber = string.IsNullOrWhiteSpace(request.NhsNumber) ? null : errors.Capture(() => NhsNumber.Parse(request.NhsNumber));
            errors.Check(request.Contact is not null, "contact", "How to contact the person is required.");
            var contact = request.Contact is { } c ? errors.Capture(() => c.ToDetails()) : null;
            var postcode = errors.Capture(() => Postcode.Parse(request.Postcode));
            var language = errors.Capture(() => new LanguageNeeds(request.FirstLanguage!, request.NeedsInterpreter));
            var needs = (request.AccessibilityNeeds ?? []).Select((n, i) => errors.Required<AccessibilityNeed>($"accessibilityNeeds[{i}]", n)).ToHashSet();
            var equality = new EqualityMonitoring(
                errors.Optional<Ethnicity>("ethnicity", request.Ethnicity), errors.Optional<Sex>("sex", request.Sex), errors.Optional<Disability>("disability", request.Disability));
            errors.ThrowIfAny();
            return new PersonProfile(
                name!,
                request.DateOfBirth!.Value,
                nhsNumber,
                contact!,
                postcode!,
                language!,
                needs,
                string.IsNullOrWhiteSpace(request.AccessibilityNote) ? null : request.AccessibilityNote.Trim(),
                new CarerStatus(request.IsCarer, request.IsCaredFor),
                equality);
        }
    }

    extension(ContactDetailsRequest contact)
    {
        /// <summary>The contact details; a preferred way the enum does not have is an error on "contact.preferred".</summary>
        public ContactDetails ToDetails()
        {
            var errors = new FieldErrors();
            var preferred = errors.Required<ContactMethod>("contact.preferred", contact.Preferred);
            errors.ThrowIfAny();
            return new ContactDetails(preferred, contact.Phone, contact.Mobile, contact.Email, contact.Address);
        }
    }

    extension(SelfReferralRequest request)
    {
        /// <summary>Every mistake at once, under the fields the form shows.</summary>
        public (PersonProfile Profile, ReferralDetails Details) Validate()
        {
            var errors = new FieldErrors();
            var profile = errors.Capture(() => new PersonRequest(request.GivenName, request.FamilyName, null, request.DateOfBirth, null, request.Contact,
                request.Postcode, AssumedLanguage, false, [], null, false, false, null, null, null).ToProfile());
            var details = errors.Capture(() => new ReferralDetails(ReferralSource.SelfReferral, null, request.WhatMatters ?? "", Urgency.Routine));
            errors.Check(request.AgreedToDataUse, "agreedToDataUse", "The person must agree to how the service uses what they tell it.");
            errors.ThrowIfAny();
            return (profile!, details!);
        }
    }
}
