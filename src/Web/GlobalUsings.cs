global using SocialPrescribing.Web;
global using SocialPrescribing.Contracts.Http.Referrals;
global using SocialPrescribing.Contracts.Http;
global using SocialPrescribing.Contracts.Http.Directory;
global using SocialPrescribing.Contracts.Http.Directory.Oruk;
global using SocialPrescribing.Contracts.Http.Identity;
global using SocialPrescribing.Contracts.Http.Volunteering;
