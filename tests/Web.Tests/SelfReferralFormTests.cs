using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using SocialPrescribing.RateLimiting;
using SocialPrescribing.Web.Pages.FindSupport;
using SocialPrescribing.Web.Security;

namespace SocialPrescribing.Web.Tests;

/// <summary>The public self-referral form's own rules: what it asks for, and its defences against spam.</summary>
public sealed class SelfReferralFormTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void A_visitor_over_the_limit_is_told_how_long_to_wait_with_429_and_Retry_After_while_others_go_on()
    {
        var limits = new FixedWindowLimits(2, TimeSpan.FromHours(1), TimeProvider.System);
        var (visitor, modelState) = (Visitor("203.0.113.7"), new ModelStateDictionary());

        var allowed = new[] { limits.TryAcquire(visitor, modelState, "referrals"), limits.TryAcquire(visitor, modelState, "referrals") };
        var third = limits.TryAcquire(visitor, modelState, "referrals");

        Assert.Equal([true, true], allowed);
        Assert.False(third);
        Assert.Equal((StatusCodes.Status429TooManyRequests, "3600"), (visitor.Response.StatusCode, visitor.Response.Headers.RetryAfter.ToString()));
        Assert.Equal("There have been too many referrals from your connection. Wait 60 minutes and try again.", Assert.Single(modelState[""]!.Errors).ErrorMessage);
        Assert.True(limits.TryAcquire(Visitor("203.0.113.8"), new ModelStateDictionary(), "referrals"));
    }

    [Fact]
    public void A_form_with_the_hidden_field_filled_in_comes_from_a_bot()
    {
        Assert.True(new SelfReferralInput { Website = "http://spam.example" }.IsFromABot);
        Assert.False(new SelfReferralInput().IsFromABot);
    }

    [Fact]
    public void The_way_to_be_contacted_needs_its_detail_and_a_text_needs_a_mobile()
    {
        Assert.Equal([("Email", "Enter an email address so we can email you")], Form("email", phone: null).Problems(Today));
        Assert.Equal([("Phone", "Enter a mobile number so we can text you")], Form("text-message", phone: null).Problems(Today));
        Assert.Equal("Phone", Assert.Single(Form("text-message", phone: "01902 555123").Problems(Today)).Field);
    }

    [Fact]
    public void A_text_message_goes_to_the_number_given_as_a_mobile()
    {
        var contact = Form("text-message", phone: " 07700 900456 ").ToRequest().Contact!;

        Assert.Equal(("text-message", null, "07700 900456"), (contact.Preferred, contact.Phone, contact.Mobile));
    }

    private static SelfReferralInput Form(string preferred, string? phone) => new()
    {
        GivenName = "Pat", FamilyName = "Selby", DateOfBirth = new DateOnly(1957, 9, 21), PreferredContact = preferred, Phone = phone,
        Postcode = "WV10 9QR", WhatMatters = "Lonely", AgreedToDataUse = true,
    };

    private static DefaultHttpContext Visitor(string address) => new() { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
}
