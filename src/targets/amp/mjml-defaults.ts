// Default attributes of the MJML components the amp target renders, as mjml 5 defines
// them (a test compares this table with mjml-core's registry, so an mjml upgrade that
// changes a default fails loudly instead of drifting).
export const MJML_DEFAULTS: Record<string, Record<string, string>> = {
  'mj-body': { width: '600px' },
  'mj-hero': {
    mode: 'fixed-height', height: '0px', 'background-position': 'center center', padding: '0px',
    'background-color': '#ffffff', 'vertical-align': 'top',
  },
  'mj-button': {
    align: 'center', 'background-color': '#414141', border: 'none', 'border-radius': '3px', color: '#ffffff',
    'font-family': 'Ubuntu, Helvetica, Arial, sans-serif', 'font-size': '13px', 'font-weight': 'normal',
    'inner-padding': '10px 25px', 'line-height': '120%', padding: '10px 25px', target: '_blank',
    'text-decoration': 'none', 'text-transform': 'none', 'vertical-align': 'middle',
  },
  'mj-column': { direction: 'ltr', 'vertical-align': 'top' },
  'mj-divider': {
    'border-color': '#000000', 'border-style': 'solid', 'border-width': '4px', padding: '10px 25px', width: '100%',
    align: 'center',
  },
  'mj-group': { direction: 'ltr' },
  'mj-image': { alt: '', align: 'center', border: '0', height: 'auto', padding: '10px 25px', target: '_blank', 'font-size': '13px' },
  'mj-raw': {},
  'mj-section': {
    'background-repeat': 'repeat', 'background-size': 'auto', 'background-position': 'top center', direction: 'ltr',
    padding: '20px 0', 'text-align': 'center', 'text-padding': '4px 4px 4px 0',
  },
  'mj-spacer': { height: '20px' },
  'mj-text': {
    align: 'left', color: '#000000', 'font-family': 'Ubuntu, Helvetica, Arial, sans-serif', 'font-size': '13px',
    'line-height': '1', padding: '10px 25px',
  },
  'mj-table': {
    align: 'left', border: 'none', cellpadding: '0', cellspacing: '0', color: '#000000',
    'font-family': 'Ubuntu, Helvetica, Arial, sans-serif', 'font-size': '13px', 'line-height': '22px',
    padding: '10px 25px', 'table-layout': 'auto', width: '100%',
  },
  'mj-wrapper': {
    'background-repeat': 'repeat', 'background-size': 'auto', 'background-position': 'top center', direction: 'ltr',
    padding: '20px 0', 'text-align': 'center', 'text-padding': '4px 4px 4px 0',
  },
  'mj-social': {
    align: 'center', 'border-radius': '3px', color: '#333333', 'font-family': 'Ubuntu, Helvetica, Arial, sans-serif',
    'font-size': '13px', 'icon-size': '20px', 'line-height': '22px', mode: 'horizontal', padding: '10px 25px',
    'text-decoration': 'none',
  },
  'mj-social-element': {
    alt: '', align: 'left', 'icon-position': 'left', color: '#000', border: '0', 'border-radius': '3px',
    'font-family': 'Ubuntu, Helvetica, Arial, sans-serif', 'font-size': '13px', 'line-height': '1', padding: '4px',
    'text-padding': '4px 4px 4px 0', target: '_blank', 'text-decoration': 'none', 'vertical-align': 'middle',
  },
  'mj-navbar': {
    align: 'center', 'ico-align': 'center', 'ico-open': '&#9776;', 'ico-close': '&#8855;', 'ico-color': '#000000',
    'ico-font-size': '30px', 'ico-font-family': 'Ubuntu, Helvetica, Arial, sans-serif', 'ico-text-transform': 'uppercase',
    'ico-padding': '10px', 'ico-text-decoration': 'none', 'ico-line-height': '30px',
  },
  'mj-navbar-link': {
    color: '#000000', 'font-family': 'Ubuntu, Helvetica, Arial, sans-serif', 'font-size': '13px', 'font-weight': 'normal',
    'line-height': '22px', padding: '15px 10px', target: '_blank', 'text-decoration': 'none', 'text-transform': 'uppercase',
  },
  'mj-accordion': {
    border: '2px solid black', 'font-family': 'Ubuntu, Helvetica, Arial, sans-serif', 'icon-align': 'middle',
    'icon-wrapped-url': 'https://i.imgur.com/bIXv1bk.png', 'icon-wrapped-alt': '+',
    'icon-unwrapped-url': 'https://i.imgur.com/w4uTygT.png', 'icon-unwrapped-alt': '-', 'icon-position': 'right',
    'icon-height': '32px', 'icon-width': '32px', padding: '10px 25px',
  },
  'mj-accordion-element': {},
  'mj-accordion-text': { 'font-size': '13px', 'line-height': '1', padding: '16px' },
  'mj-accordion-title': { 'font-size': '13px', padding: '16px' },
  'mj-carousel': {
    align: 'center', 'border-radius': '6px', 'icon-width': '44px', 'left-icon': 'https://i.imgur.com/xTh3hln.png',
    'right-icon': 'https://i.imgur.com/os7o9kz.png', thumbnails: 'visible', 'tb-border': '2px solid transparent',
    'tb-border-radius': '6px', 'tb-hover-border-color': '#fead0d', 'tb-selected-border-color': '#ccc',
  },
  'mj-carousel-image': { alt: '', target: '_blank' },
};

/** Share links and icons of mj-social-element's named networks (mjml-social). */
const ICONS = 'https://www.mailjet.com/images/theme/v1/icons/ico-social/';
export const SOCIAL_NETWORKS: Record<string, { shareUrl?: string; color: string; icon: string }> = {
  facebook: { shareUrl: 'https://www.facebook.com/sharer/sharer.php?u=[[URL]]', color: '#3b5998', icon: `${ICONS}facebook.png` },
  twitter: { shareUrl: 'https://twitter.com/intent/tweet?url=[[URL]]', color: '#55acee', icon: `${ICONS}twitter.png` },
  x: { shareUrl: 'https://twitter.com/intent/tweet?url=[[URL]]', color: '#000000', icon: `${ICONS}twitter-x.png` },
  google: { shareUrl: 'https://plus.google.com/share?url=[[URL]]', color: '#dc4e41', icon: `${ICONS}google-plus.png` },
  pinterest: {
    shareUrl: 'https://pinterest.com/pin/create/button/?url=[[URL]]&media=&description=', color: '#bd081c', icon: `${ICONS}pinterest.png`,
  },
  linkedin: {
    shareUrl: 'https://www.linkedin.com/shareArticle?mini=true&url=[[URL]]&title=&summary=&source=', color: '#0077b5',
    icon: `${ICONS}linkedin.png`,
  },
  instagram: { color: '#3f729b', icon: `${ICONS}instagram.png` },
  web: { color: '#4BADE9', icon: `${ICONS}web.png` },
  snapchat: { color: '#FFFA54', icon: `${ICONS}snapchat.png` },
  youtube: { color: '#EB3323', icon: `${ICONS}youtube.png` },
  tumblr: { shareUrl: 'https://www.tumblr.com/widgets/share/tool?canonicalUrl=[[URL]]', color: '#344356', icon: `${ICONS}tumblr.png` },
  github: { color: '#000000', icon: `${ICONS}github.png` },
  xing: { shareUrl: 'https://www.xing.com/app/user?op=share&url=[[URL]]', color: '#296366', icon: `${ICONS}xing.png` },
  vimeo: { color: '#53B4E7', icon: `${ICONS}vimeo.png` },
  medium: { color: '#000000', icon: `${ICONS}medium.png` },
  soundcloud: { color: '#EF7F31', icon: `${ICONS}soundcloud.png` },
  dribbble: { color: '#D95988', icon: `${ICONS}dribbble.png` },
};
// `<name>-noshare` links to the href itself instead of a share page.
for (const [name, network] of Object.entries({ ...SOCIAL_NETWORKS })) {
  SOCIAL_NETWORKS[`${name}-noshare`] = { ...network, shareUrl: '[[URL]]' };
}
