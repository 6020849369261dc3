export { NotFound as NotFoundRoute } from '@/components/ui/not-found';
