interface IconProps {
  /** Size (default size-5), colour (the text colour) and placement classes. */
  className?: string;
}

/**
 * Decorative 24px line icons (aria-hidden): pair each with visible text. Each is a <span> drawn by
 * a CSS mask in the text colour (app/icons.css, where the paths live), so it costs a few bytes of
 * HTML and RSC payload instead of its SVG markup twice.
 */
function Icon({ name, className = 'size-5' }: IconProps & { name: string }) {
  return <span aria-hidden="true" className={`icon icon-${name} ${className}`} />;
}

export function PhoneIcon(props: IconProps) {
  return <Icon name="phone" {...props} />;
}

export function MailIcon(props: IconProps) {
  return <Icon name="mail" {...props} />;
}

export function MapPinIcon(props: IconProps) {
  return <Icon name="map-pin" {...props} />;
}

export function ClockIcon(props: IconProps) {
  return <Icon name="clock" {...props} />;
}

export function CalendarIcon(props: IconProps) {
  return <Icon name="calendar" {...props} />;
}

export function ArrowRightIcon(props: IconProps) {
  return <Icon name="arrow-right" {...props} />;
}

export function CheckIcon(props: IconProps) {
  return <Icon name="check" {...props} />;
}

export function AlertIcon(props: IconProps) {
  return <Icon name="alert" {...props} />;
}

export function InfoIcon(props: IconProps) {
  return <Icon name="info" {...props} />;
}

export function MenuIcon(props: IconProps) {
  return <Icon name="menu" {...props} />;
}

export function CloseIcon(props: IconProps) {
  return <Icon name="close" {...props} />;
}

export function TransitIcon(props: IconProps) {
  return <Icon name="transit" {...props} />;
}

export function CarIcon(props: IconProps) {
  return <Icon name="car" {...props} />;
}

export function BikeIcon(props: IconProps) {
  return <Icon name="bike" {...props} />;
}
