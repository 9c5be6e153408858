import { createRouter } from '../../lib/router.ts';
import { createStudent, deleteStudent, getStudent, listStudents, updateStudent } from '../../services/students.service.ts';
import { studentRoutes as routes } from './students.routes.ts';

export const studentsRouter = createRouter()
  .openapi(routes.list, async (c) => c.json(await listStudents(c.var.deps, c.var.actor, c.req.valid('query')), 200))
  .openapi(routes.read, async (c) => c.json(await getStudent(c.var.deps, c.var.actor, c.req.valid('param').id), 200))
  .openapi(routes.create, async (c) => c.json(await createStudent(c.var.deps, c.var.actor, c.req.valid('json')), 201))
  .openapi(routes.update, async (c) =>
    c.json(await updateStudent(c.var.deps, c.var.actor, c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(routes.remove, async (c) => {
    await deleteStudent(c.var.deps, c.var.actor, c.req.valid('param').id);
    return c.body(null, 204);
  });
